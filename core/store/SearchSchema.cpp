#include "core/store/Migrations.h"
#include "core/store/SearchStore.h"

namespace qianyue {

QStringList searchStatements()
{
    // Built from SearchStore::kinds(), so triggers, first fill and queries
    // agree; that list is therefore frozen as schema 5, and changing it takes a new migration.
    return SearchStore::schemaStatements();
}

} // namespace qianyue
