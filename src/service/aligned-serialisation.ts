import { deserialize, Deserializer, Serializer } from 'node:v8';

/**
 * v8's structured serialisation with every typed array's bytes put after the value, each at an
 * offset a multiple of 8 from the part's start. Node's default deserialiser makes a typed array
 * a view into the part only when its bytes happen to be aligned for its type, and copies it
 * into a fresh buffer otherwise: over Reuters most were not, and those copies (and the
 * collections their external memory brought) took about 60 ms of a warm start. Here every one
 * is a view (a part read into memory of its own starts aligned; one that does not is copied).
 *
 * A part: a tag byte and three zeros, the value's length (4 bytes, little-endian), the value,
 * then the arrays' bytes. In the value, a typed array is its type's number, its offset from the
 * arrays' start and its length in bytes. Bytes of Node's own serialiser begin with 0xff, not the
 * tag: an older snapshot's parts are still read, so its version is told rather than a damage.
 */
const VIEW_TYPES = [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
] as const;
type ViewType = (typeof VIEW_TYPES)[number];
type View = InstanceType<ViewType>;

// A Buffer comes back a Buffer, as from Node's own deserialiser.
const BUFFER_TYPE = VIEW_TYPES.length;
const ALIGNMENT = 8;
const TAG = 0x01;
const LEGACY_TAG = 0xff;
const HEAD_BYTES = 8;
const align = (offset: number): number => Math.ceil(offset / ALIGNMENT) * ALIGNMENT;

interface HostObjectSwitch {
  _setTreatArrayBufferViewsAsHostObjects(flag: boolean): void;
}

class AlignedSerializer extends Serializer {
  readonly views: View[] = [];
  arraysBytes = 0;

  constructor() {
    super();
    // Node's own DefaultSerializer does the same; the method is not in Node's types.
    (this as unknown as HostObjectSwitch)._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(object: object): void {
    const type = Buffer.isBuffer(object)
      ? BUFFER_TYPE
      : VIEW_TYPES.findIndex((viewType) => Object.getPrototypeOf(object) === viewType.prototype);
    // A DataView or a subclass: nothing the snapshot holds.
    if (type < 0) throw new Error(`cannot serialise ${Object.prototype.toString.call(object)} aligned`);
    const view = object as View;
    this.writeUint32(type);
    this.writeUint32(this.arraysBytes);
    this.writeUint32(view.byteLength);
    this.views.push(view);
    this.arraysBytes = align(this.arraysBytes + view.byteLength);
  }
}

export function serialiseAligned(value: unknown): Buffer {
  const serializer = new AlignedSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  const body = serializer.releaseBuffer();
  const arraysStart = align(HEAD_BYTES + body.length);
  const bytes = Buffer.alloc(arraysStart + serializer.arraysBytes);
  bytes[0] = TAG;
  bytes.writeUInt32LE(body.length, 4);
  body.copy(bytes, HEAD_BYTES);
  let offset = arraysStart;
  for (const view of serializer.views) {
    bytes.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), offset);
    offset = align(offset + view.byteLength);
  }
  return bytes;
}

class AlignedDeserializer extends Deserializer {
  constructor(
    body: Uint8Array,
    private readonly arrays: Uint8Array,
  ) {
    super(body);
  }

  _readHostObject(): ArrayBufferView {
    const type = this.readUint32();
    const offset = this.readUint32();
    const byteLength = this.readUint32();
    const viewType: ViewType | undefined = type === BUFFER_TYPE ? Uint8Array : VIEW_TYPES[type];
    if (!viewType) throw new Error(`unknown typed array type ${type}`);
    if (offset + byteLength > this.arrays.length || byteLength % viewType.BYTES_PER_ELEMENT !== 0)
      throw new Error('a typed array lies outside its part');
    if (type === BUFFER_TYPE) return Buffer.from(this.arrays.buffer, this.arrays.byteOffset + offset, byteLength);
    const start = this.arrays.byteOffset + offset;
    const length = byteLength / viewType.BYTES_PER_ELEMENT;
    if (start % viewType.BYTES_PER_ELEMENT === 0) return new viewType(this.arrays.buffer as ArrayBuffer, start, length);
    // A copy (a Buffer's slice would be a view still, at the wrong alignment).
    const copy = new Uint8Array(byteLength);
    copy.set(this.arrays.subarray(offset, offset + byteLength));
    return new viewType(copy.buffer, 0, length);
  }
}

/** The value `serialiseAligned` (or Node's `serialize`) wrote; throws on bytes neither did. */
export function deserialiseAligned(bytes: Uint8Array): unknown {
  if (bytes[0] === LEGACY_TAG) return deserialize(bytes);
  if (bytes.length < HEAD_BYTES || bytes[0] !== TAG) throw new Error('not a serialised value');
  const bodyLength = new DataView(bytes.buffer, bytes.byteOffset, HEAD_BYTES).getUint32(4, true);
  const arraysStart = align(HEAD_BYTES + bodyLength);
  if (arraysStart > bytes.length) throw new Error('cut short');
  const deserializer = new AlignedDeserializer(
    bytes.subarray(HEAD_BYTES, HEAD_BYTES + bodyLength),
    bytes.subarray(arraysStart),
  );
  deserializer.readHeader();
  return deserializer.readValue();
}
