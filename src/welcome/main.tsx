import { render } from 'preact';
import { App } from './App';
import './welcome.css';

render(<App />, document.getElementById('app')!);
