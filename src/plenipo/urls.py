from django.contrib import admin
from django.urls import include, path

from plenipo.api.urls import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("", include("plenipo.public.urls")),
]
