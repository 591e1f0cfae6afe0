#include "core/store/Migrations.h"

namespace qianyue {

QStringList lookupStatements()
{
    // Names typed by people (a lead's company, a product in the line editor, a
    // salesperson in a form) are matched case-insensitively with
    // lower(column) = lower(?); only an index on that same expression spares
    // a scan of 100 000 customers on every lead conversion.
    return {
        QStringLiteral("CREATE INDEX customers_name_lower ON customers (lower(name))"),
        QStringLiteral("CREATE INDEX contacts_name_lower ON contacts (lower(name))"),
        QStringLiteral("CREATE INDEX products_name_lower ON products (lower(name))"),
        QStringLiteral("CREATE INDEX products_sku_lower ON products (lower(sku))"),
        QStringLiteral("CREATE INDEX users_name_lower ON users (lower(name))"),
    };
}

} // namespace qianyue
