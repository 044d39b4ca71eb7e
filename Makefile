# Quick start on Debian 12:  `make run`  (editor on an example policy)  and  `make test`.
# Both install missing Debian packages first (tools/install-deps.sh), then configure into
# build/ and build. Executables land in build/bin/.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
EXAMPLE ?= resources/examples/ec2-role-current-version.json

.PHONY: all deps configure build run test test-asan check-format format bench fuzz package clean

all: build

deps:
	@tools/install-deps.sh

# Warnings are errors in every build made through this Makefile (packagers calling cmake
# themselves are not forced into -Werror). ccache is used when it is installed.
CCACHE := $(shell command -v ccache 2>/dev/null)
CMAKE_LAUNCHER := $(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=$(CCACHE))

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
	  -DCMAKE_COMPILE_WARNING_AS_ERROR=ON $(CMAKE_LAUNCHER)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found: running under xvfb-run (set DISPLAY to see the window)"; \
	  xvfb-run -a $(BUILD_DIR)/bin/secret-policy-studio $(EXAMPLE); \
	else \
	  $(BUILD_DIR)/bin/secret-policy-studio $(EXAMPLE); \
	fi

test: build
	export XDG_RUNTIME_DIR=$${XDG_RUNTIME_DIR:-/tmp/runtime-$$(id -u)}; \
	mkdir -p -m 0700 "$$XDG_RUNTIME_DIR"; \
	cd $(BUILD_DIR) && ctest --output-on-failure --no-tests=error -j$(JOBS)

# The whole suite once more under AddressSanitizer + UBSan, with assertions on (a Debug build
# at -O1: NDEBUG is not defined, so every model runs QAbstractItemModelTester). The fuzz test
# (its own sanitized clang build) and the packaging test are left to `make test`.
ASAN_DIR ?= build-asan
$(ASAN_DIR)/build.ninja:
	cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
	  -DSPS_SANITIZE=ON -DSPS_BENCH=OFF -DCMAKE_COMPILE_WARNING_AS_ERROR=ON $(CMAKE_LAUNCHER)

test-asan: deps $(ASAN_DIR)/build.ninja
	cmake --build $(ASAN_DIR) -j$(JOBS)
	export XDG_RUNTIME_DIR=$${XDG_RUNTIME_DIR:-/tmp/runtime-$$(id -u)}; \
	mkdir -p -m 0700 "$$XDG_RUNTIME_DIR"; \
	export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tools/lsan.supp; \
	cd $(ASAN_DIR) && ctest --output-on-failure --no-tests=error -j$(JOBS) -LE 'fuzz|packaging'

# Formatting: `make format` formats every C++ file git tracks; `make check-format` fails
# when one differs from .clang-format's layout (CI runs it).
check-format:
	@tools/check-format.sh

format:
	@tools/check-format.sh --fix

bench: build
	$(BUILD_DIR)/bin/bench_engine

fuzz: deps
	tests/fuzz/run-fuzzers.sh 60

package: build
	cd $(BUILD_DIR) && cpack -G DEB

clean:
	rm -rf $(BUILD_DIR)
