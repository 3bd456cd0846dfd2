# SPDX-License-Identifier: GPL-3.0-or-later
# Wasm builds of the server workloads (included by CMakeLists.txt when RUNBENCH_BUILD_WASM is on).
# WASI preview 1 cannot open sockets, so a server has one module per way a runtime serves it, named
# workloads/wasm/<name>.<serve build>.wasm; a profile's "serve.build" picks one (docs/runtimes.md):
#   wasi-sockets      listening socket preopened by the runtime (wasmtime -S tcplisten)
#   wasmedge-sockets  WasmEdge's socket extension (sock_open/bind/listen/accept)
#   http-handler      a reactor exporting handle(); a host serves HTTP (node-wasi-http-host.mjs)
set(hh_sources_wasi-sockets http-hello.c http-hello-wasi-preopen.c)
set(hh_sources_wasmedge-sockets http-hello.c http-hello-wasi-wasmedge.c)
set(hh_sources_http-handler http-hello-handler.c)
set(hh_flags_http-handler -mexec-model=reactor)
set(hh_headers http-hello-route.h http-hello-wasi.h)
list(TRANSFORM hh_headers PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/workloads/)
set(wasm_server_outputs)
foreach(build wasi-sockets wasmedge-sockets http-handler)
    set(out ${WL_OUT}/wasm/http-hello.${build}.wasm)
    set(sources ${hh_sources_${build}})
    list(TRANSFORM sources PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/workloads/)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${WL_OUT}/wasm
        COMMAND ${RUNBENCH_WASM_CLANG} --target=wasm32-wasi -O2 -Wall -Wextra $<$<BOOL:${RUNBENCH_WERROR}>:-Werror> ${hh_flags_${build}} -o ${out} ${sources}
        DEPENDS ${sources} ${hh_headers}
        COMMENT "Building workload http-hello (${build}) for wasm32-wasi" VERBATIM)
    list(APPEND wasm_server_outputs ${out})
endforeach()
add_custom_target(runbench_workloads_wasm_servers ALL DEPENDS ${wasm_server_outputs})
install(FILES ${wasm_server_outputs} DESTINATION ${RUNBENCH_INSTALL_DATA}/workloads/wasm)
configure_file(runners/node-wasi-http-host.mjs ${RUNBENCH_OUTPUT_DATA}/runners/node-wasi-http-host.mjs COPYONLY)
install(FILES runners/node-wasi-http-host.mjs DESTINATION ${RUNBENCH_INSTALL_DATA}/runners)
