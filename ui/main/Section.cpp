#include "ui/main/Section.h"

namespace qianyue::ui {

QString SectionInfo::title(Section section)
{
    switch (section) {
    case Section::Dashboard: return tr("Dashboard");
    case Section::Leads: return tr("Leads");
    case Section::Customers: return tr("Customers");
    case Section::Contacts: return tr("Contacts");
    case Section::Opportunities: return tr("Opportunities");
    case Section::Quotes: return tr("Quotes");
    case Section::Contracts: return tr("Contracts");
    case Section::Orders: return tr("Orders");
    case Section::Receivables: return tr("Receivables");
    case Section::Receipts: return tr("Receipts");
    case Section::Commissions: return tr("Commissions");
    case Section::Targets: return tr("Targets");
    case Section::Activities: return tr("Activities");
    case Section::Products: return tr("Products");
    case Section::Count: break;
    }
    return {};
}

QString SectionInfo::key(Section section)
{
    static const char *const keys[] = {"dashboard", "leads", "customers", "contacts", "opportunities",
                                       "quotes", "contracts", "orders", "receivables", "receipts",
                                       "commissions", "targets", "activities", "products"};
    static_assert(std::size(keys) == static_cast<size_t>(Section::Count));
    return QString::fromLatin1(keys[static_cast<int>(section)]);
}

} // namespace qianyue::ui
