from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from plenipo.api.urls import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("office/", include("plenipo.office.urls")),
    path("", include("plenipo.public.urls")),
]
