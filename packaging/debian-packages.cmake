# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: one Debian package per install component (docs/packages.md). Build them with
#   cmake --preset package && cmake --build --preset package && cpack --config build/package/CPackConfig.cmake
# or let packaging/check-deb.sh build, install and try them in a clean Debian 12 root.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME runbench)
set(CPACK_PACKAGE_VENDOR "Runbench")
set(CPACK_PACKAGE_CONTACT "Runbench maintainers <runbench@example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# install(TARGETS) files only: the wasm modules and scripts are installed with install(FILES) and stay as built.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL cli)
if(RUNBENCH_BUILD_GUI)
    list(APPEND CPACK_COMPONENTS_ALL gui)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${RUNBENCH_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Library dependencies from dpkg-shlibdeps (package dpkg-dev), merged with the Depends set below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

set(CPACK_DEBIAN_CLI_PACKAGE_NAME runbench-cli)
# nodejs: the node-wasi runtimes (and the demo experiment); the rest are runtimes Runbench drives when present.
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "nodejs")
# iproute2: a private dockerd (--start-daemons) gets a bridge of its own, made with `ip`.
set(CPACK_DEBIAN_CLI_PACKAGE_SUGGESTS "runc, crun, podman, docker.io, containerd, iproute2, hyperfine")
# First line: the synopsis; the rest is the extended description (lines under 80 columns for lintian).
# CPackDeb prepends the global summary to each description unless it is CPack's default one: so it is, and
# each package keeps its own synopsis (CMake 3.25 Internal/CPack/CPackDeb.cmake).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_DEBIAN_CLI_DESCRIPTION
    "benchmark workbench for WebAssembly runtimes, containers and native (CLI)
Runbench measures cold start, latency, throughput, memory and CPU the same
way for WebAssembly runtimes (wasmtime, WasmEdge, Wasmer, WAMR, Node's
WASI), containers (runc, crun, Docker, Podman, containerd) and native
processes, and turns results into statistics, tables and figures.
.
This package holds the headless runbench-cli, the runner plugins, the
runtime profiles, the workloads (native, static and wasm32-wasi) and the
example experiments. It needs no graphical libraries; the figure
sub-command needs the runbench package.")

set(CPACK_DEBIAN_GUI_PACKAGE_NAME runbench)
set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS "runbench-cli (= ${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE})")
# Runbench's own French and German strings are built into the binary; Qt's (standard dialogs) come from here.
set(CPACK_DEBIAN_GUI_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_GUI_DESCRIPTION
    "benchmark workbench for WebAssembly runtimes, containers and native (GUI)
Runbench measures cold start, latency, throughput, memory and CPU the same
way for WebAssembly runtimes, containers and native processes, plots them
live, and turns them into statistics, tables and figures for a paper.
.
This package holds the Qt desktop application (English, French and
German) and the helper that draws runbench-cli figures.")

include(CPack)
