import '@testing-library/jest-dom';

// next/link reads next.config's trailingSlash from this variable, which `next build` defines;
// set it here so links render in tests as they do on the site.
process.env.__NEXT_TRAILING_SLASH = 'true';
