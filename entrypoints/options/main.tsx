import { render } from 'preact';
import { OptionsPage } from '../../src/ui/options/OptionsPage';
import './style.css';

render(<OptionsPage />, document.getElementById('app')!);
