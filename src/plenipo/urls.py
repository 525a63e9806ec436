from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from plenipo.api.urls import api
from plenipo.office.auth import RateLimitedLoginView
from plenipo.office.views import home_for_user
from plenipo.ops.health import health

urlpatterns = [
    path("health/", health, name="health"),
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("accounts/login/", RateLimitedLoginView.as_view(), name="login"),
    path("accounts/home/", home_for_user, name="home-for-user"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("office/", include("plenipo.office.urls")),
    path("portal/", include("plenipo.portal.urls")),
    path("", include("plenipo.public.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
