#pragma once

#include <QCoreApplication>
#include <QString>

namespace qianyue::ui {

/// The sidebar's sections, in the order a deal travels through them.
enum class Section {
    Dashboard,
    Leads,
    Customers,
    Contacts,
    Opportunities,
    Quotes,
    Contracts,
    Orders,
    Receivables,
    Receipts,
    Commissions,
    Targets,
    Activities,
    Products,
    Count
};

class SectionInfo
{
    Q_DECLARE_TR_FUNCTIONS(SectionInfo)

public:
    /// The translated sidebar title.
    static QString title(Section section);
    /// A stable, untranslated key for settings and tests ("leads").
    static QString key(Section section);
};

} // namespace qianyue::ui
