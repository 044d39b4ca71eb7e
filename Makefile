# Quick start on Debian 12:  `make run`  (editor on an example policy)  and  `make test`.
# Both install missing Debian packages first (tools/install-deps.sh), then configure into
# build/ and build. Executables land in build/bin/.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
EXAMPLE ?= resources/examples/ec2-role-current-version.json

.PHONY: all deps configure build run test bench fuzz package clean

all: build

deps:
	@tools/install-deps.sh

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

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

bench: build
	$(BUILD_DIR)/bin/bench_engine

fuzz: deps
	tests/fuzz/run-fuzzers.sh 60

package: build
	cd $(BUILD_DIR) && cpack -G DEB

clean:
	rm -rf $(BUILD_DIR)
