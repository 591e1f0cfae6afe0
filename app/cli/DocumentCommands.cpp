#include "app/cli/CliCommands.h"

#include "app/cli/Cli.h"
#include "core/documents/AmountInWords.h"
#include "core/documents/DocumentPrinter.h"
#include "core/documents/DocumentRenderer.h"
#include "core/domain/Money.h"
#include "core/store/Database.h"

#include <QSaveFile>

namespace qianyue::cli {

namespace {

// The texts of `print` and `amount-in-words`.
class DocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommands)

public:
    static void printOptions(QCommandLineParser &parser)
    {
        parser.addOption({QStringLiteral("pdf"), tr("Write the PDF to OUT (replaced if it exists)."), tr("OUT")});
        parser.addOption({QStringLiteral("version"), tr("For quotes: print revision N instead of the newest one."), tr("N")});
        parser.addOption({QStringLiteral("paper"), tr("A4 or Letter (default: the document.paper setting)."), tr("PAPER")});
    }

    static int print(Cli &cli, const QCommandLineParser &parser)
    {
        // The positional arguments start with the command's own name.
        const QStringList words = parser.positionalArguments().mid(1);
        if (words.size() != 2 || (words[0] != u"quote" && words[0] != u"contract")) {
            cli.err() << tr("Usage: qianyue-cli --db FILE print quote|contract NUMBER --pdf OUT [--lang zh_CN|en|bilingual] "
                            "[--version N] [--paper A4|Letter]")
                      << '\n';
            return ExitUsage;
        }
        const bool quote = words[0] == u"quote";
        const QString number = words[1];
        const QString out = parser.value(QStringLiteral("pdf"));
        if (out.isEmpty()) {
            cli.err() << tr("Say where the PDF goes: add --pdf OUT.") << '\n';
            return ExitUsage;
        }
        std::optional<int> revision;
        if (parser.isSet(QStringLiteral("version"))) {
            bool ok = false;
            const int value = parser.value(QStringLiteral("version")).toInt(&ok);
            if (!ok || value < 1) {
                cli.err() << tr("--version must be a revision number (1, 2, …), not '%1'.").arg(parser.value(QStringLiteral("version")))
                          << '\n';
                return ExitUsage;
            }
            if (!quote) {
                cli.err() << tr("Contracts have no revisions; --version is for quotes.") << '\n';
                return ExitUsage;
            }
            revision = value;
        }
        std::optional<DocumentLanguage> language;
        if (parser.isSet(QStringLiteral("lang"))) {
            language = DocumentLabels::parseLanguage(parser.value(QStringLiteral("lang")));
            if (!language) {
                cli.err() << tr("--lang must be zh_CN, en or bilingual, not '%1'.").arg(parser.value(QStringLiteral("lang"))) << '\n';
                return ExitUsage;
            }
        }
        std::optional<PaperSize> paper;
        if (parser.isSet(QStringLiteral("paper"))) {
            paper = PrintOptions::parsePaper(parser.value(QStringLiteral("paper")));
            if (!paper) {
                cli.err() << tr("--paper must be A4 or Letter, not '%1'.").arg(parser.value(QStringLiteral("paper"))) << '\n';
                return ExitUsage;
            }
        }
        if (cli.databasePath(parser).isEmpty())
            return ExitUsage;
        auto database = cli.openExisting(parser);
        if (!database)
            return ExitFailure;

        auto options = PrintOptions::fromSettings(*database);
        if (!options) {
            cli.err() << options.error().text() << '\n';
            return ExitFailure;
        }
        if (language)
            options->language = *language;
        if (paper)
            options->paper = *paper;
        auto printed = quote ? DocumentPrinter::quote(*database, number, revision, *options)
                             : DocumentPrinter::contract(*database, number, *options);
        if (!printed) {
            cli.err() << printed.error().text() << '\n';
            return ExitFailure;
        }

        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(printed->pdf) != printed->pdf.size() || !file.commit()) {
            cli.err() << tr("Cannot write %1: %2").arg(out, file.errorString()) << '\n';
            return ExitFailure;
        }
        QString what = quote ? tr("quote %1 revision %2").arg(printed->number).arg(printed->revision)
                             : tr("contract %1").arg(printed->number);
        if (printed->fromSnapshot)
            cli.out() << tr("Wrote %1 as frozen at approval or signing to %2.").arg(what, out) << '\n';
        else
            cli.out() << tr("Wrote %1 to %2.").arg(what, out) << '\n';
        return ExitOk;
    }

    static void wordsOptions(QCommandLineParser &parser)
    {
        parser.addOption({QStringLiteral("currency"), tr("ISO 4217 currency code (default CNY)."), tr("CODE"), QStringLiteral("CNY")});
    }

    static int words(Cli &cli, const QCommandLineParser &parser)
    {
        const QStringList words = parser.positionalArguments().mid(1);
        if (words.size() != 1) {
            cli.err() << tr("Usage: qianyue-cli amount-in-words AMOUNT [--currency CNY|USD|…]") << '\n';
            return ExitUsage;
        }
        const QString currency = parser.value(QStringLiteral("currency")).trimmed().toUpper();
        if (auto valid = Money::validateCurrency(currency); !valid) {
            cli.err() << valid.error().text() << '\n';
            return ExitUsage;
        }
        auto amount = Money::parse(words[0], currency);
        if (!amount) {
            cli.err() << amount.error().text() << '\n';
            return ExitUsage;
        }
        cli.out() << AmountInWords::inWords(amount->minor(), currency) << '\n';
        return ExitOk;
    }
};

} // namespace

void addDocumentCommands(Cli &cli)
{
    cli.addCommand({QStringLiteral("print"),
                    DocumentCommands::tr("print quote|contract NUMBER --pdf OUT: the PDF, frozen versions as approved or signed; "
                                         "--lang zh_CN, en or bilingual picks the document's language."),
                    &DocumentCommands::printOptions, [&cli](const QCommandLineParser &parser) { return DocumentCommands::print(cli, parser); }});
    cli.addCommand({QStringLiteral("amount-in-words"),
                    DocumentCommands::tr("amount-in-words AMOUNT [--currency CODE]: Chinese uppercase for CNY, English for "
                                         "other currencies (-- before a negative amount)."),
                    &DocumentCommands::wordsOptions,
                    [&cli](const QCommandLineParser &parser) { return DocumentCommands::words(cli, parser); }});
}

} // namespace qianyue::cli
