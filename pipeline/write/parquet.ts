/**
 * Parquet writer, for DuckDB, Spark and pandas users: the table's Arrow file
 * re-encoded by parquet-wasm (the Rust `parquet` crate), so the columns and
 * their types are exactly those of NAME.arrow. Snappy pages; the writer name
 * is fixed and no timestamp is written, so the bytes are reproducible.
 */
import { tableFromIPC, tableToIPC } from "apache-arrow"
import { Compression, Table as WasmTable, WriterPropertiesBuilder, writeParquet } from "parquet-wasm"

export const arrowToParquet = (arrowFile: Uint8Array): Uint8Array => {
  const stream = tableToIPC(tableFromIPC(arrowFile), "stream")
  const properties = new WriterPropertiesBuilder().setCompression(Compression.SNAPPY).setCreatedBy("dateline").build()
  return writeParquet(WasmTable.fromIPCStream(stream), properties)
}
