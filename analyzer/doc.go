// Package analyzer owns seloste's core model: the Document a reader produces,
// positions inside it, language and controller detection, the Rule interface,
// the Engine that runs rules over a document, and the Finding it reports.
//
// analyzer imports no other seloste package: readers (analyzer/extract),
// report writers (analyzer/report) and rules (rules/) depend on it, never the
// other way round.
package analyzer
