// The store lives here: see StoreProtocol.swift.
