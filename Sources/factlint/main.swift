import FactLintKit
import Foundation

let sources = SourceManager()
var docs: [DocumentFacts] = []
for path in CommandLine.arguments.dropFirst() {
  let data = FileManager.default.contents(atPath: path)!
  let f = sources.add(path: path, bytes: [UInt8](data), role: .document)
  docs.append(Extractor.extract(f))
}
PersonLinkerShim.link(&docs)
for d in docs {
  let f = sources[d.file]
  for fact in d.facts {
    let loc = f.location(of: fact.span.start)
    var s = "\(f.path.suffix(10)):\(loc.line):\(loc.column) \(fact.kind) '\(fact.text)' v=\(fact.value.map{$0.description} ?? "-")"
    if let n = fact.noun { s += " noun=\(n.lemma)[\(n.phrase)]" }
    if fact.perSide { s += " perSide(\(fact.perSideMarker ?? ""))" }
    if let h = fact.hedge { s += " hedge=\(h)" }
    if !fact.qualifiers.isEmpty { s += " q=\(fact.qualifiers)" }
    if let p = fact.person { s += " person=\(p)" }
    if let t = fact.title { s += " title='\(t.text)'=>\(t.normalized)" }
    if fact.quoted { s += " QUOTED" }
    print(s)
  }
}
