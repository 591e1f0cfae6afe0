#include "tests/support/ChainFixture.h"
