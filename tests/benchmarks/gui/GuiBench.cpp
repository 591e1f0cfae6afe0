// qianyue-gui-bench --db FILE [--runs N] [--json OUT]
// Drives the real main window on the offscreen platform over the reference
// data set (built by `qianyue-bench --db FILE --build`) and prints the median
// of each measurement next to its budget from DESIGN.md.
#include "core/i18n/Localization.h"
#include "ui/lists/RecordListModel.h"
#include "ui/lists/RecordListPage.h"
#include "ui/main/MainWindow.h"
#include "ui/search/SearchDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

struct Figure {
    QString name;
    double median = 0;
    QString unit;
    double budget = 0; ///< 0: no budget, reported only
    int samples = 0;
};

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The process's peak resident memory so far (Linux: VmHWM), in MB.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

RecordListPage *listOf(QWidget *page)
{
    if (auto *list = qobject_cast<RecordListPage *>(page))
        return list;
    return page ? page->findChild<RecordListPage *>() : nullptr;
}

// Opens the database in a fresh window and shows the customer list, as a start with --section customers does.
// `parts` gets the time of each stage: window, database, customer page, first paint and pending events.
std::unique_ptr<MainWindow> openCustomers(Localization &localization, const QString &path, double *ms, std::vector<double> *parts)
{
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer stage;
    stage.start();
    auto window = std::make_unique<MainWindow>(localization);
    parts->push_back(milliseconds(stage));
    stage.restart();
    if (!window->openDatabase(path))
        return nullptr;
    parts->push_back(milliseconds(stage));
    stage.restart();
    window->showSection(Section::Customers);
    parts->push_back(milliseconds(stage));
    stage.restart();
    window->show();
    QCoreApplication::processEvents();
    parts->push_back(milliseconds(stage));
    RecordListPage *list = listOf(window->page(Section::Customers));
    if (!list || list->model()->rowCount() == 0)
        return nullptr;
    *ms = milliseconds(timer);
    return window;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Its own settings: the benchmark must not change a user's remembered window or lists.
    QCoreApplication::setOrganizationName(QStringLiteral("qianyue-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("qianyue-gui-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the desktop window's budgets on the reference data set."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The reference database."), QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per measurement (default 11)."),
                                        QStringLiteral("N"), QStringLiteral("11"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON to OUT."),
                                        QStringLiteral("OUT"));
    parser.addOptions({dbOption, runsOption, jsonOption});
    parser.process(app);
    QTextStream out(stdout);
    const QString path = parser.value(dbOption);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        out << "qianyue-gui-bench: --db FILE must name the reference database (qianyue-bench --db FILE --build makes it)\n";
        return 2;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    Localization localization;
    localization.install(QStringLiteral("zh_CN"));
    std::vector<Figure> figures;

    // 1. Start-up: window, database, first customer page (a fresh window each run; the OS file cache is warm after the first).
    std::vector<double> startups;
    std::vector<std::vector<double>> stages(4);
    std::unique_ptr<MainWindow> window;
    for (int run = 0; run < runs; ++run) {
        double ms = 0;
        window.reset();
        std::vector<double> parts;
        window = openCustomers(localization, path, &ms, &parts);
        if (!window) {
            out << "qianyue-gui-bench: the customer list did not open\n";
            return 1;
        }
        startups.push_back(ms);
        for (std::size_t i = 0; i < parts.size() && i < stages.size(); ++i)
            stages[i].push_back(parts[i]);
    }
    out << QStringLiteral("start-up stages (medians): window %1 ms, open database %2 ms, customer page %3 ms, show %4 ms\n")
               .arg(median(stages[0]), 0, 'f', 1).arg(median(stages[1]), 0, 'f', 1).arg(median(stages[2]), 0, 'f', 1)
               .arg(median(stages[3]), 0, 'f', 1);
    figures.push_back({QStringLiteral("open window + first customer page"), median(startups), QStringLiteral("ms"), 500, runs});

    // 2. One filter keystroke in the 100 000-customer list: type a character, then erase it.
    RecordListPage *customers = listOf(window->page(Section::Customers));
    out << QStringLiteral("customers in the list: %1\n").arg(customers->model()->totalCount());
    QLineEdit *filter = customers->searchBox();
    filter->setFocus();
    const QString keys = QStringLiteral("华科技上海电子北京1");
    std::vector<double> keystrokes;
    std::vector<double> counts;
    for (int run = 0; run < runs; ++run) {
        const QChar key = keys.at(run % keys.size());
        QElapsedTimer timer;
        timer.start();
        // A Chinese character reaches the box as the input method's commit.
        QInputMethodEvent commit;
        commit.setCommitString(QString(key));
        QCoreApplication::sendEvent(filter, &commit);
        QCoreApplication::processEvents();
        keystrokes.push_back(milliseconds(timer));
        // The match count follows when typing pauses; measured apart from the keystroke.
        timer.restart();
        customers->model()->totalCount();
        counts.push_back(milliseconds(timer));
        timer.restart();
        QTest::keyClick(filter, Qt::Key_Backspace);
        QCoreApplication::processEvents();
        keystrokes.push_back(milliseconds(timer));
    }
    figures.push_back({QStringLiteral("filter keystroke, 100 000 customers"), median(keystrokes), QStringLiteral("ms"), 20,
                       int(keystrokes.size())});
    figures.push_back({QStringLiteral("match count after typing pauses"), median(counts), QStringLiteral("ms"), 0, int(counts.size())});

    // 3. A global search keystroke: a second character after a first (the common case), then erase it.
    std::vector<double> searches;
    {
        SearchDialog search(*window->database(), window.get());
        search.show();
        QLineEdit *box = search.searchBox();
        const QStringList words = {QStringLiteral("华信"), QStringLiteral("科技"), QStringLiteral("上海"), QStringLiteral("电子"),
                                   QStringLiteral("张伟"), QStringLiteral("HT-2"), QStringLiteral("13")};
        for (int run = 0; run < runs; ++run) {
            const QString word = words.at(run % words.size());
            box->setText(word.left(1));
            QCoreApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            QInputMethodEvent commit;
            commit.setCommitString(word.mid(1, 1));
            QCoreApplication::sendEvent(box, &commit);
            QCoreApplication::processEvents();
            searches.push_back(milliseconds(timer));
            box->clear();
        }
    }
    figures.push_back({QStringLiteral("global search keystroke"), median(searches), QStringLiteral("ms"), 20, int(searches.size())});

    // 4. Peak memory with the reference data open and the lists above shown.
    figures.push_back({QStringLiteral("peak RSS, reference data open"), peakRssMb(), QStringLiteral("MB"), 200, 1});

    // 5. Scrolling the contract list to its end, a page at a time, as the scroll bar does.
    window->showSection(Section::Contracts);
    QCoreApplication::processEvents();
    RecordListPage *contracts = listOf(window->page(Section::Contracts));
    RecordListModel *model = contracts->model();
    std::vector<double> pages;
    QElapsedTimer whole;
    whole.start();
    while (model->canFetchMore({})) {
        const int before = model->rowCount();
        QElapsedTimer timer;
        timer.start();
        contracts->view()->scrollToBottom();
        QCoreApplication::processEvents();
        if (model->rowCount() == before)
            model->fetchMore({}); // the view fetches only when shown at its full size; do what it would
        pages.push_back(milliseconds(timer));
    }
    const double total = milliseconds(whole);
    out << QStringLiteral("contracts paged: %1 rows in %2 pages\n").arg(model->rowCount()).arg(pages.size());
    figures.push_back({QStringLiteral("contract list, one more page while scrolling"), median(pages), QStringLiteral("ms"), 0,
                       int(pages.size())});
    figures.push_back({QStringLiteral("contract list, scroll to the end"), total / 1000.0, QStringLiteral("s"), 0, 1});
    figures.push_back({QStringLiteral("peak RSS after paging every contract"), peakRssMb(), QStringLiteral("MB"), 0, 1});

    QJsonArray json;
    bool allWithin = true;
    for (const Figure &f : figures) {
        const bool within = f.budget <= 0 || f.median <= f.budget;
        allWithin = allWithin && within;
        out << QStringLiteral("%1  %2 %3").arg(f.name, -48).arg(f.median, 9, 'f', 2).arg(f.unit, -2);
        if (f.budget > 0)
            out << QStringLiteral("  budget %1 %2  %3").arg(f.budget).arg(f.unit, within ? QStringLiteral("ok") : QStringLiteral("OVER"));
        out << QStringLiteral("  (median of %1)\n").arg(f.samples);
        json.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("median"), f.median}, {QStringLiteral("unit"), f.unit},
                                {QStringLiteral("budget"), f.budget}, {QStringLiteral("samples"), f.samples}});
    }
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(QJsonDocument(json).toJson());
    }
    window.reset();
    return allWithin ? 0 : 1;
}
