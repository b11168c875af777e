/**
 * Parquet writer, for DuckDB, Spark and pandas users: the table's Arrow file
 * re-encoded by parquet-wasm (the Rust `parquet` crate), so the columns and
 * their types are exactly those of NAME.arrow. Snappy pages; the writer name
 * is fixed and no timestamp is written, so the bytes are reproducible.
 */
import { type RecordBatch, Table, tableFromIPC, tableToIPC } from "apache-arrow"
import { Compression, type RecordBatch as WasmBatch, Table as WasmTable, transformParquetStream, WriterPropertiesBuilder, writeParquet } from "parquet-wasm"

/** Rows per row group: what the writer holds before it writes them out. */
const ROW_GROUP = 65_536

const properties = () => new WriterPropertiesBuilder().setCompression(Compression.SNAPPY).setCreatedBy("dateline").setMaxRowGroupSize(ROW_GROUP).build()

export const arrowToParquet = (arrowFile: Uint8Array): Uint8Array =>
  writeParquet(WasmTable.fromIPCStream(tableToIPC(tableFromIPC(arrowFile), "stream")), properties())

/**
 * A Parquet file written batch by batch (a row group per 65,536 rows), for
 * tables that do not fit in memory: `write` each Arrow record batch, then
 * `finish`, which resolves when every byte has gone to `sink`. The bytes are
 * those of `arrowToParquet` on the Arrow file of the same batches.
 */
export const parquetFileWriter = (sink: (chunk: Uint8Array) => void) => {
  let input!: ReadableStreamDefaultController<WasmBatch>
  const batches = new ReadableStream<WasmBatch>({ start: (c) => void (input = c) })
  const drained = transformParquetStream(batches, properties()).then(async (bytes) => {
    for await (const chunk of bytes as unknown as AsyncIterable<Uint8Array>) sink(chunk)
  })
  return {
    write: (batch: RecordBatch): void => input.enqueue(WasmTable.fromIPCStream(tableToIPC(new Table([batch]), "stream")).recordBatch(0)!),
    finish: async (): Promise<void> => {
      input.close()
      await drained
    },
  }
}
