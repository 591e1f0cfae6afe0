# The two commands of the README, and the targets around them.
#   make run      install what is missing, build, start Qianyue on the default database
#   make test     install what is missing, build, run every test headless
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
CMAKE_ARGS ?=

.PHONY: all deps configure build run test bench package translations clean

all: build

deps:
	@sh tools/install-deps.sh

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	$(BUILD_DIR)/app/qianyue

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel $(JOBS) --label-exclude slow

bench: build
	$(BUILD_DIR)/tests/benchmarks/qianyue-bench --db $(BUILD_DIR)/reference.db --build --json $(BUILD_DIR)/bench.json

package: build
	cd $(BUILD_DIR) && cpack -G DEB

translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

clean:
	rm -rf $(BUILD_DIR)
