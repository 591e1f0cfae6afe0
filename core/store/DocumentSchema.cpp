#include "core/store/Migrations.h"

namespace qianyue {

QStringList documentStatements()
{
    // Filled by the issue that needs these tables; an empty step only raises the version.
    return {};
}

} // namespace qianyue
