#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, run from our own entry point: SwiftPM links an executable's `main` to the
/// module's `<Name>_main`, so the fuzz target cannot use libFuzzer's `main`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
