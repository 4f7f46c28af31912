package extract

import (
	"errors"

	"github.com/seloste/seloste/analyzer"
)

// PDF reads a PDF notice. (Placeholder: the hardened reader replaces it.)
func PDF(name string, data []byte, opt Options) (*analyzer.Document, error) {
	return nil, errors.New(name + ": PDF reader not implemented yet")
}
