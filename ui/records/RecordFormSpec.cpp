#include "ui/records/RecordFormSpec.h"

#include <QHash>

namespace qianyue::ui {

namespace {

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

FormField field(const char *column, FieldKind kind = FieldKind::Text, bool required = false, QStringList choices = {})
{
    return {QString::fromLatin1(column), kind, required, std::move(choices)};
}

} // namespace

std::vector<FormField> RecordFormSpec::fields(const QString &table)
{
    if (table == u"customers")
        return {field("code", FieldKind::Text, true), field("name", FieldKind::Text, true),
                field("kind", FieldKind::Choice, true, words("company person")), field("industry"),
                field("tax_id"), field("phone", FieldKind::Phone), field("email", FieldKind::Email),
                field("website", FieldKind::Url), field("province"), field("city"), field("address"),
                field("source", FieldKind::Choice, false, words("campaign employee_referral hotline ad_response customer_referral web other")),
                field("owner_id", FieldKind::User), field("marketing_consent", FieldKind::Flag),
                field("consent_date", FieldKind::Date), field("consent_source"), field("notes", FieldKind::MultiLine)};
    if (table == u"contacts")
        return {field("customer_id", FieldKind::Customer, true), field("name", FieldKind::Text, true), field("title"),
                field("phone", FieldKind::Phone), field("mobile", FieldKind::Phone), field("email", FieldKind::Email),
                field("im_id"), field("address"), field("is_primary", FieldKind::Flag), field("owner_id", FieldKind::User),
                field("marketing_consent", FieldKind::Flag), field("consent_date", FieldKind::Date), field("consent_source"),
                field("notes", FieldKind::MultiLine)};
    if (table == u"leads")
        return {field("company"), field("contact_name"), field("phone", FieldKind::Phone), field("email", FieldKind::Email),
                field("source", FieldKind::Choice, true, words("campaign employee_referral hotline ad_response customer_referral web other")),
                field("interest", FieldKind::MultiLine), field("owner_id", FieldKind::User)};
    if (table == u"opportunities")
        return {field("name", FieldKind::Text, true), field("customer_id", FieldKind::Customer), field("amount", FieldKind::Money),
                field("expected_close_date", FieldKind::Date), field("owner_id", FieldKind::User),
                field("notes", FieldKind::MultiLine)};
    if (table == u"products")
        return {field("sku", FieldKind::Text, true), field("name", FieldKind::Text, true), field("specification"),
                field("unit"), field("list_price", FieldKind::Money, true), field("tax_rate_ppm", FieldKind::Rate),
                field("active", FieldKind::Flag)};
    if (table == u"users")
        return {field("name", FieldKind::Text, true), field("email", FieldKind::Email),
                field("role", FieldKind::Choice, true, words("rep manager admin")), field("active", FieldKind::Flag)};
    if (table == u"activities")
        return {field("kind", FieldKind::Choice, true, words("call visit demo email meeting task")),
                field("subject", FieldKind::Text, true), field("customer_id", FieldKind::Customer),
                field("due_at", FieldKind::DateTime), field("remind_at", FieldKind::DateTime),
                field("owner_id", FieldKind::User), field("notes", FieldKind::MultiLine)};
    return {};
}

bool RecordFormSpec::editable(const QString &table)
{
    return !fields(table).empty();
}

QString RecordFormSpec::label(const QString &column)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("kind"), QT_TR_NOOP("Type")},
        {QStringLiteral("industry"), QT_TR_NOOP("Industry")},
        {QStringLiteral("tax_id"), QT_TR_NOOP("Tax id")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("mobile"), QT_TR_NOOP("Mobile")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("website"), QT_TR_NOOP("Website")},
        {QStringLiteral("province"), QT_TR_NOOP("Province")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("marketing_consent"), QT_TR_NOOP("Marketing consent")},
        {QStringLiteral("consent_date"), QT_TR_NOOP("Consent date")},
        {QStringLiteral("consent_source"), QT_TR_NOOP("Consent obtained via")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("customer_id"), QT_TR_NOOP("Customer")},
        {QStringLiteral("title"), QT_TR_NOOP("Job title")},
        {QStringLiteral("im_id"), QT_TR_NOOP("IM id")},
        {QStringLiteral("is_primary"), QT_TR_NOOP("Primary contact")},
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("contact_name"), QT_TR_NOOP("Contact name")},
        {QStringLiteral("interest"), QT_TR_NOOP("Interest")},
        {QStringLiteral("amount"), QT_TR_NOOP("Expected amount")},
        {QStringLiteral("expected_close_date"), QT_TR_NOOP("Expected close")},
        {QStringLiteral("sku"), QT_TR_NOOP("SKU")},
        {QStringLiteral("specification"), QT_TR_NOOP("Specification")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("list_price"), QT_TR_NOOP("List price")},
        {QStringLiteral("tax_rate_ppm"), QT_TR_NOOP("Tax rate (%)")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("due_at"), QT_TR_NOOP("Due")},
        {QStringLiteral("remind_at"), QT_TR_NOOP("Reminder")},
    };
    const auto it = labels.constFind(column);
    return it == labels.constEnd() ? column : tr(it.value());
}

} // namespace qianyue::ui
