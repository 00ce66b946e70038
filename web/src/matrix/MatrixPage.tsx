/** Placeholder: being built. */
export default function MatrixPage() {
  return <h1>MatrixPage</h1>;
}
