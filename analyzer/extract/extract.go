// Package extract turns notices in text, HTML, PDF and DOCX into
// analyzer.Documents. Each format has its own reader; Read picks one by
// sniffing the content, not only by the file name.
package extract

import (
	"time"
)

// Options bound what a reader may consume. The zero value means defaults.
type Options struct {
	MaxBytes    int64         // largest input read, default 64 MiB
	HTTPTimeout time.Duration // per URL, default 30 s
	MaxRedirect int           // default 5
	// PDFEngine is "builtin" (default) or "pdftotext" (poppler, when
	// installed).
	PDFEngine string
}
