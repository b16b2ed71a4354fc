import { render } from 'preact';
import { PdfApp } from './PdfApp';

render(<PdfApp />, document.getElementById('app')!);
