from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from plenipo.api.urls import api
from plenipo.office import account, passwords
from plenipo.office.auth import AdminSignInForm, SignInForm
from plenipo.office.roles import signed_in_required
from plenipo.ops.health import health
from plenipo.ops.methods import mark_page
from plenipo.public import files, indexes

admin.site.login_form = AdminSignInForm
# The admin is the superusers' alone: accounts and roles are changed on the office's users
# page or with `plenipo add-user`, through services that write the audit log.
admin.site.has_permission = lambda request: request.user.is_active and request.user.is_superuser

# Uploads are never served as static media, DEBUG or not: only plenipo.public.files serves
# them, after checking who asks.
urlpatterns = [
    path("health/", health, name="health"),
    path("admin/", admin.site.urls),
    path("api/", indexes.api_index, name="api-index"),
    path("api/", api.urls),
    # The account pages refuse a method they never take (DELETE, PUT…) with 405 before the
    # CSRF check, as the office's and the portal's pages do (ops.methods).
    path(
        "accounts/login/",
        mark_page(auth_views.LoginView.as_view(authentication_form=SignInForm)),
        name="login",
    ),
    path("accounts/home/", account.home_for_user, name="home-for-user"),
    path(
        "accounts/set-password/<uidb64>/<token>/",
        mark_page(passwords.SetPasswordOnLinkView.as_view()),
        name="set-password",
    ),
    path(
        "accounts/password-reset/",
        mark_page(passwords.ForgotPasswordView.as_view()),
        name="password-reset",
    ),
    path(
        "accounts/password-reset/sent/",
        mark_page(passwords.ResetSentView.as_view(), methods=("GET", "HEAD")),
        name="password-reset-sent",
    ),
    path(
        "accounts/password/",
        signed_in_required(passwords.ChangePasswordView.as_view()),
        name="password-change",
    ),
    path(
        "accounts/logout/",
        mark_page(auth_views.LogoutView.as_view(), methods=("POST",)),
        name="logout",
    ),
    path("accounts/tokens/", account.api_tokens, name="api-tokens"),
    path("accounts/tokens/<int:pk>/revoke/", account.revoke_api_token, name="api-token-revoke"),
    path("accounts/tokens/calendar-feed/", account.calendar_feed, name="calendar-feed"),
    path("files/nominations/<int:pk>/", files.nomination_letter, name="nomination-letter"),
    path("files/documents/<int:pk>/", files.document_file, name="document-file"),
    path("calendar/", indexes.calendar_index, name="calendar-index"),
    path("office/", include("plenipo.office.urls")),
    path("portal/", include("plenipo.portal.urls")),
    path("", include("plenipo.public.urls")),
]
