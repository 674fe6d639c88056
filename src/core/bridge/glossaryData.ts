// Placeholder until scripts/glossary/build.mjs runs.
export const GLOSSARY_TSV = ``;
