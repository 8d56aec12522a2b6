import { render } from 'preact'; render(<p>x</p>, document.getElementById('app')!);
