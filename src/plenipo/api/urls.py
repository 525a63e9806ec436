"""The REST API under /api/, described by /api/openapi.json: the NinjaAPI, its error
answers and the routers of each domain (``api/<domain>.py``)."""

from ninja import NinjaAPI, Swagger

from plenipo.api import errors, query_params
from plenipo.api.bodies import router as bodies_router
from plenipo.api.correspondence import router as correspondence_router
from plenipo.api.inbox import router as inbox_router
from plenipo.api.meetings import router as meetings_router
from plenipo.api.monitoring import router as monitoring_router
from plenipo.api.negotiations import router as negotiations_router
from plenipo.api.registry import router as registry_router
from plenipo.api.treaties import router as treaties_router
from plenipo.core.errors import InvalidInput, NotFound, PlenipoError


class PlenipoAPI(NinjaAPI):
    """The OpenAPI document is built once per process and path prefix: it changes only
    with the code, and building it takes tens of milliseconds on every request otherwise."""

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        if path_prefix is None:
            path_prefix = self.get_root_path(path_params or {})
        built = self.__dict__.setdefault("_schemas", {})
        if path_prefix not in built:
            built[path_prefix] = super().get_openapi_schema(path_prefix=path_prefix)
        return built[path_prefix]


class PlenipoSwagger(Swagger):
    """The Swagger UI page under /api/docs, in Plenipo's own template: ninja's has no
    language, no character set and no landmark."""

    template = "api/swagger.html"


api = PlenipoAPI(
    title="Plenipo API",
    version="1",
    description=(
        "Treaties and who is bound by them on any date. Dates known only within bounds are "
        "given as not_before/not_after, and counts as {min, max}."
    ),
    urls_namespace="api",
    docs=PlenipoSwagger(),
)
errors.install(api)
query_params.install(api)


@api.exception_handler(NotFound)
def not_found(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=404)


@api.exception_handler(InvalidInput)
def invalid(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=400)


@api.exception_handler(PlenipoError)
def domain_error(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=400)


api.add_router("", treaties_router)
api.add_router("", registry_router)
api.add_router("", bodies_router)
api.add_router("", monitoring_router)
api.add_router("", meetings_router)
api.add_router("", correspondence_router)
api.add_router("", inbox_router)
api.add_router("", negotiations_router)
