#include "app/cli/CliCommands.h"

#include "app/cli/Cli.h"

namespace qianyue::cli {

void addReportCommands(Cli &)
{
    // This group of commands is added by its own issue; until then it registers nothing.
}

} // namespace qianyue::cli
