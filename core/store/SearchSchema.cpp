#include "core/store/Migrations.h"

namespace qianyue {

QStringList searchStatements()
{
    // Filled by the global search work; an empty step only raises the version.
    return {};
}

} // namespace qianyue
