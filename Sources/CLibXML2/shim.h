#ifndef REDLINE_CLIBXML2_SHIM_H
#define REDLINE_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 refuses as shared mutable state.
static inline void redline_xmlFree(void *pointer) { xmlFree(pointer); }
#endif
