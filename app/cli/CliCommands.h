#pragma once

namespace qianyue::cli {

class Cli;

/// `report`: the analytics reports (ReportCommands.cpp).
void addReportCommands(Cli &cli);
/// `import` and `export`: CSV, vCard, iCalendar (IoCommands.cpp).
void addIoCommands(Cli &cli);
/// `print` and `amount-in-words`: printed documents (DocumentCommands.cpp).
void addDocumentCommands(Cli &cli);

} // namespace qianyue::cli
