#ifndef GOVERNOR_CMALLOC_H
#define GOVERNOR_CMALLOC_H

#include <malloc.h>

/// Caps the malloc arenas glibc makes for the process's threads at `count`; returns 1 on success. Swift's Glibc
/// module does not bring in <malloc.h>, so `mallopt` is reached from here.
static inline int governor_cap_malloc_arenas(int count) { return mallopt(M_ARENA_MAX, count); }

#endif
