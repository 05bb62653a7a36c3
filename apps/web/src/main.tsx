import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The base styles first: each component's own stylesheet, imported by it, comes after them.
import './ui/styles.css';
import { App } from './App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
