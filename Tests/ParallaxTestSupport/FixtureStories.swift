/// Stories written for the tests, shared so that one event is told in one place. Each test builds
/// the articles it needs around these sentences.
package enum FixtureStories {
    /// A dockworkers' strike at a port, told by several outlets on 4 March 2026.
    package enum PortVeylaStrike {
        /// The lead every outlet's report opens with.
        package static let walkout =
            "Dockworkers at Port Veyla walked out on Tuesday after pay talks with Meridian Terminals collapsed."
        /// The union's count of strikers (1,200), the number another outlet gives as 1,500.
        package static let unionCount =
            "The Veyla Dockworkers Union said 1,200 members joined the strike, leaving 14 container ships waiting offshore."
    }
}
