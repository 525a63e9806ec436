"""Headings of the list of participants in the six UN languages (UN terminology). Pure."""

TITLE = {
    "en": "List of participants",
    "fr": "Liste des participants",
    "es": "Lista de participantes",
    "ru": "Список участников",
    "ar": "قائمة المشاركين",
    "zh": "与会者名单",
}
CATEGORIES = {
    "member_state": {
        "en": "Member States",
        "fr": "États membres",
        "es": "Estados Miembros",
        "ru": "Государства-члены",
        "ar": "الدول الأعضاء",
        "zh": "会员国",
    },
    "observer_state": {
        "en": "Observer States",
        "fr": "États observateurs",
        "es": "Estados observadores",
        "ru": "Государства-наблюдатели",
        "ar": "الدول المراقبة",
        "zh": "观察员国",
    },
    "un_entity": {
        "en": "United Nations entities",
        "fr": "Entités des Nations Unies",
        "es": "Entidades de las Naciones Unidas",
        "ru": "Подразделения Организации Объединенных Наций",
        "ar": "كيانات الأمم المتحدة",
        "zh": "联合国实体",
    },
    "igo": {
        "en": "Intergovernmental organizations",
        "fr": "Organisations intergouvernementales",
        "es": "Organizaciones intergubernamentales",
        "ru": "Межправительственные организации",
        "ar": "المنظمات الحكومية الدولية",
        "zh": "政府间组织",
    },
    "ngo": {
        "en": "Non-governmental organizations",
        "fr": "Organisations non gouvernementales",
        "es": "Organizaciones no gubernamentales",
        "ru": "Неправительственные организации",
        "ar": "المنظمات غير الحكومية",
        "zh": "非政府组织",
    },
}
ROLES = {
    "head": {
        "en": "Head of delegation",
        "fr": "Chef de délégation",
        "es": "Jefe de la delegación",
        "ru": "Глава делегации",
        "ar": "رئيس الوفد",
        "zh": "代表团团长",
    },
    "alternate": {
        "en": "Alternate",
        "fr": "Suppléant",
        "es": "Suplente",
        "ru": "Заместитель",
        "ar": "مناوب",
        "zh": "副代表",
    },
    "adviser": {
        "en": "Adviser",
        "fr": "Conseiller",
        "es": "Asesor",
        "ru": "Советник",
        "ar": "مستشار",
        "zh": "顾问",
    },
}


def label(table: dict, key: str, language: str) -> str:
    entry = table.get(key, table)  # TITLE is a single entry, the others are keyed
    return entry.get(language) or entry["en"]
