extension KeyedEncodingContainer {
    /// Writes `null` for nil, unlike the synthesised `encodeIfPresent`: the contract wants every key.
    @inlinable
    mutating func encodeNullable<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
