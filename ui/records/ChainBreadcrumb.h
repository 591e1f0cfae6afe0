#pragma once

#include "core/store/ChainLinkStore.h"

#include <QWidget>

#include <vector>

class QHBoxLayout;

namespace qianyue {
class Database;
}

namespace qianyue::ui {

/// The sales chain through one record — lead → opportunity → quote →
/// contract → order → receivable → receipt — as far as it exists: where the
/// record came from and what came of it. Every other record in it is a link
/// that opens it; the record itself is shown in bold.
class ChainBreadcrumb : public QWidget
{
    Q_OBJECT

public:
    ChainBreadcrumb(Database &database, const QString &table, qint64 id, QWidget *parent = nullptr);

    /// Reads the chain again (after a step created the next record).
    void reload();
    /// The links shown, in order.
    const std::vector<ChainLink> &links() const { return m_links; }
    /// Opens the link at `index` as a click would; false for the record itself or a bad index.
    bool activate(int index);

Q_SIGNALS:
    void openRequested(const QString &table, qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    static QString text(const ChainLink &link);

    Database &m_db;
    QString m_table;
    qint64 m_id;
    std::vector<ChainLink> m_links;
    QHBoxLayout *m_layout = nullptr;
};

} // namespace qianyue::ui
