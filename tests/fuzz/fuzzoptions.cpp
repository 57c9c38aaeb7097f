// AddressSanitizer's defaults for every fuzz target (ASAN_OPTIONS overrides them), linked into each one by
// ferry_add_fuzzer. No stack is recorded with each malloc and free: Qt is built without frame pointers,
// so the fast unwinder gives every allocation made under a Qt frame a stack of stray words, nearly all
// different, and storing them took a third of each input's time in the protocol-level targets and more
// in the parsers (the depot only grows: the parsers' RSS reached 1 GiB in long runs). Every bug is still
// caught and reported with the stack where it happens; for the stacks of the allocation and the free of
// a block that a report names, rerun the crashing input with ASAN_OPTIONS=malloc_context_size=30.
extern "C" const char* __asan_default_options()
{
    return "malloc_context_size=0";
}
