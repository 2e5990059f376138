public enum PersonLinkerShim { public static func link(_ d: inout [DocumentFacts]) { PersonLinker.link(&d) } }
