import { render } from 'preact';
import { OptionsPage } from '../../src/ui/options/OptionsPage';
import '../../src/ui/theme.css';
import './style.css';

render(<OptionsPage />, document.getElementById('app')!);
