#ifndef REDLINE_CLIBXML2_SHIM_H
#define REDLINE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Ubuntu's libxml2 is built with ICU, whose headers then clash with Foundation's own copy of ICU
// in any Swift module that imports both. redline never touches libxml2's ICU converters (the
// struct fields behind this macro are only ever seen through pointers), so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

/// `xmlFree` is a global function pointer, which Swift 6 refuses as shared mutable state.
static inline void redline_xmlFree(void *pointer) { xmlFree(pointer); }
#endif
