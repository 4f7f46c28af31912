package extract

import (
	"fmt"

	"github.com/seloste/seloste/analyzer"
)

func pdfToText(name string, data []byte) (*analyzer.Document, error) {
	return nil, fmt.Errorf("%s: %w", name, ErrPDFToText)
}
