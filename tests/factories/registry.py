import factory

from plenipo.core.models import Source
from plenipo.registry.models import Membership, Organization, Person, Post, PostHolding
from plenipo.registry.services.states import ensure_state


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    key = factory.Sequence(lambda n: f"test-source-{n}")
    title = factory.Sequence(lambda n: f"Test source {n}")
    url = "https://example.org/source"


def state(code):
    """States come from ISO 3166 and CLDR; the registry creates them on first use."""
    return ensure_state(code, by=None)


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"ORG{n}")
    names = factory.LazyAttribute(lambda o: {"en": f"Organization {o.code}"})
    kind = "regional"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    organization = factory.SubFactory(OrganizationFactory)
    state = factory.LazyFunction(lambda: state("FRA"))
    start_not_before = factory.Faker("date_object")
    start_not_after = factory.SelfAttribute("start_not_before")
    start_precision = "day"
    source = factory.SubFactory(SourceFactory)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    key = factory.Sequence(lambda n: f"person-{n}")
    name = factory.Faker("name")


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post

    key = factory.Sequence(lambda n: f"post-{n}")
    title = factory.Sequence(lambda n: f"Test post {n}")


class PostHoldingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PostHolding

    person = factory.SubFactory(PersonFactory)
    post = factory.SubFactory(PostFactory)
    start_precision = "day"
    source = factory.SubFactory(SourceFactory)
