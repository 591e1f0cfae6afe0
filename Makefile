# The two commands of the README, and the targets around them.
#   make run      install what is missing, build, start Qianyue on the default database
#   make test     install what is missing, build, run every test headless
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
CMAKE_ARGS ?=

.PHONY: all deps configure build run test bench package translations clean stress sanitize fuzz

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
	$(BUILD_DIR)/tests/benchmarks/qianyue-bench --db $(BUILD_DIR)/reference.db --build --json $(BUILD_DIR)/bench.json; core=$$?; \
	$(BUILD_DIR)/tests/benchmarks/gui/qianyue-gui-bench --db $(BUILD_DIR)/reference.db --json $(BUILD_DIR)/gui-bench.json && exit $$core

package: build
	cd $(BUILD_DIR) && cpack -G DEB

translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

# make stress: the crash test with thousands of kills (CTest label "slow",
# which make test leaves out). QIANYUE_STRESS_KILLS=N changes the count.
stress: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --label-regex slow

# make sanitize: a Debug build with AddressSanitizer and UBSan in its own
# folder, then the tests. SANITIZE_TESTS narrows them (a ctest -R pattern,
# e.g. '^test_(store|workflow|io|domain|reliability|app)'); SANITIZE_TARGETS
# narrows what is built.
SANITIZE_DIR ?= build-sanitize
SANITIZE_TESTS ?=
SANITIZE_TARGETS ?= all
sanitize: deps
	cmake -S . -B $(SANITIZE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DQIANYUE_SANITIZE=address,undefined $(CMAKE_ARGS)
	cmake --build $(SANITIZE_DIR) --parallel $(JOBS) --target $(SANITIZE_TARGETS)
	cd $(SANITIZE_DIR) && QT_QPA_PLATFORM=offscreen \
		ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/reliability/lsan.supp:print_suppressions=0 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		ctest --output-on-failure --parallel $(JOBS) --label-exclude slow $(if $(SANITIZE_TESTS),-R '$(SANITIZE_TESTS)')

# make fuzz: clang 16 with libFuzzer, ASan and UBSan in its own folder; each
# target runs FUZZ_SECONDS seeded from ../shared/testdata (see fuzz/run.sh).
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
fuzz:
	@sh fuzz/install-deps.sh
	CC=clang-16 CXX=clang++-16 cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DQIANYUE_FUZZ=ON -DQIANYUE_BUILD_TESTS=OFF $(CMAKE_ARGS)
	cmake --build $(FUZZ_DIR) --parallel $(JOBS) --target fuzz_targets
	sh fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD_DIR)
